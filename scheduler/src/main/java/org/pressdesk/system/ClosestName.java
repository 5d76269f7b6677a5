package org.pressdesk.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The name someone probably meant when they typed one that does not exist ({@code zone} for {@code timeZone}). */
final class ClosestName {

    private ClosestName() {
    }

    static Optional<String> to(String typed, Collection<String> names) {
        String wanted = simple(typed);
        Optional<String> sameButForCase = names.stream().filter(name -> simple(name).equals(wanted)).findFirst();
        if (sameButForCase.isPresent()) {
            return sameButForCase;
        }
        Optional<String> containing = names.stream()
                .filter(name -> Math.min(wanted.length(), name.length()) >= 3
                        && (simple(name).contains(wanted) || wanted.contains(simple(name))))
                .min(Comparator.comparingInt(String::length));
        if (containing.isPresent()) {
            return containing;
        }
        int allowed = Math.max(1, wanted.length() / 3);
        return names.stream()
                .filter(name -> distance(wanted, simple(name)) <= allowed)
                .min(Comparator.comparingInt(name -> distance(wanted, simple(name))));
    }

    private static String simple(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
