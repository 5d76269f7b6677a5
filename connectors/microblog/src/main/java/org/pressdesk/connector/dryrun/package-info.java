/**
 * Dry runs of the platform connectors ({@code dry-run: true} on an {@code x}, {@code weibo} or
 * {@code mastodon} channel): the platform's own rules — its length counting, limit, threads — with
 * every publication written to a local folder instead of the platform's API. The sample channels use
 * it, so that a sample named after a platform counts as that platform does. The rules come from the
 * platform's package; the files are written by the outbox connector, which knows nothing of any
 * platform.
 */
package org.pressdesk.connector.dryrun;
