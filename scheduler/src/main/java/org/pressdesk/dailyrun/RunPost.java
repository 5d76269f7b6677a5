package org.pressdesk.dailyrun;

import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.post.PostFields;
import org.pressdesk.post.PostSource;

/**
 * A post the run is about to create, before its channels and slots are chosen.
 *
 * @param key    which part of which conference it comes from, the run's dedupe key
 * @param source the transcript file or page it was read from
 */
record RunPost(ImportKey key, ContentKind kind, String title, String body, ContentLanguage language,
               PostSource postSource, PostFields fields, String source) {
}
