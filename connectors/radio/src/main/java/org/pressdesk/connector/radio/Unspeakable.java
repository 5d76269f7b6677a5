package org.pressdesk.connector.radio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What nobody can read aloud, kept out of the read-aloud text and so out of the SSML (where a control character
 * would also make the document invalid XML): emoji and pictographs, control characters, private-use, unassigned
 * and lone surrogate code points. They are named for the script's warning. Invisible format characters (zero-width
 * space, joiner, direction marks) and the parts of emoji sequences (variation selectors, skin tones, keycaps, tags)
 * go silently: there is nothing to tell the editor beyond the emoji itself.
 */
final class Unspeakable {

    /**
     * @param text    the text without them
     * @param removed what was taken out, each named once in order: {@code 🎉 (U+1F389)}, or {@code U+0007} for what
     *                cannot be shown
     */
    record Cleaned(String text, List<String> removed) {
    }

    private Unspeakable() {
    }

    static Cleaned strip(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        Set<String> removed = new LinkedHashSet<>();
        text.codePoints().forEach(codePoint -> {
            if (isSilentPart(codePoint)) {
                return;
            }
            if (isPictograph(codePoint)) {
                removed.add(Character.toString(codePoint) + " (" + codeOf(codePoint) + ")");
            } else if (isUnshowable(codePoint)) {
                removed.add(codeOf(codePoint));
            } else {
                kept.appendCodePoint(codePoint);
            }
        });
        return new Cleaned(kept.toString(), new ArrayList<>(removed));
    }

    private static boolean isPictograph(int codePoint) {
        return Character.isExtendedPictographic(codePoint) || Character.isEmojiPresentation(codePoint);
    }

    /** Controls (but line breaks and tabs), private-use, unassigned and lone surrogates. */
    private static boolean isUnshowable(int codePoint) {
        int type = Character.getType(codePoint);
        return (type == Character.CONTROL && codePoint != '\n' && codePoint != '\r' && codePoint != '\t')
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /** Format characters and the parts of emoji sequences. */
    private static boolean isSilentPart(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || Character.isEmojiModifier(codePoint)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x20E3
                || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
    }

    private static String codeOf(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
