package org.pressdesk.system;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * Names and identifiers as people type them (authors, actors, approvers, channel ids), in the one
 * form they are compared and stored in: NFKC (full-width letters become ASCII), case folded, with
 * invisible and format characters (zero-width spaces, bidi marks, soft hyphens, word joiners)
 * removed and every kind of space (no-break, ideographic) folded into one ASCII space. Two names
 * that still differ may look the same (a Cyrillic е for a Latin e): {@link #lookAlike} compares
 * their confusable skeletons, as Unicode's security mechanisms (UTS #39) define them.
 */
public final class Names {

    /** The longest a normalised name may be: the columns that store names hold 100 characters. */
    public static final int MAX_LENGTH = 100;

    /** NFKC, then case folding, with default-ignorable code points removed. */
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    private Names() {
    }

    /** The form a typed name is compared and stored in; empty when nothing visible was typed. */
    public static String normalise(String typed) {
        String folded = NFKC_CASEFOLD.normalize(typed);
        StringBuilder name = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                space = !name.isEmpty();
            } else if (!isInvisible(codePoint)) {
                if (space) {
                    name.append(' ');
                    space = false;
                }
                name.appendCodePoint(codePoint);
            }
        }
        return name.toString();
    }

    /**
     * The normalised form of a name a request gives.
     *
     * @throws InvalidFieldException when nothing visible is left, or too much
     */
    public static String require(String field, String typed) {
        String name = normalise(typed);
        if (name.isEmpty()) {
            throw new InvalidFieldException(field, "has nothing visible: give a name");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "is longer than " + MAX_LENGTH + " characters once normalised");
        }
        return name;
    }

    /**
     * Whether two typed names are the same name or could be taken for it (ignoring case, width, invisibles).
     * Spaces are ignored too: {@code Li Wei}, {@code LiWei} and {@code Li W ei} read as one person, and
     * the four-eyes rule must rather ask for a third person than let one approve under a re-spaced name.
     */
    public static boolean lookAlike(String one, String other) {
        String first = withoutSpaces(normalise(one));
        String second = withoutSpaces(normalise(other));
        return first.equals(second) || CONFUSABLES.getSkeleton(first).equals(CONFUSABLES.getSkeleton(second))
                // The skeleton keeps case distinctions such as Cyrillic І vs Latin l; fold after mapping too.
                || normalise(CONFUSABLES.getSkeleton(first)).equals(normalise(CONFUSABLES.getSkeleton(second)));
    }

    private static String withoutSpaces(String name) {
        return name.codePoints().filter(codePoint -> !isSpace(codePoint))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Any kind of space: ASCII, no-break, ideographic, thin … */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Nothing a reader sees: format characters, default-ignorable code points, controls, the Braille blank. */
    static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || codePoint == 0x2800
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}
