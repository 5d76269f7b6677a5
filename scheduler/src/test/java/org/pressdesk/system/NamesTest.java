package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names compared and stored as people mean them, not as their keyboards typed them. */
class NamesTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiterString = "->", textBlock = """
            Li Wei                  -> li wei
            '  Li   Wei  '          -> li wei
            Ｌｉ Ｗｅｉ               -> li wei
            Li\u00a0Wei             -> li wei
            Li\u3000Wei             -> li wei
            Li\u200b Wei\u200f      -> li wei
            \u202eLi Wei\u202c      -> li wei
            STRASSE                 -> strasse
            Straße                  -> strasse
            王小明\u3000             -> 王小明
            Weibo-Sample            -> weibo-sample
            """)
    void normalisesWidthCaseSpacesAndInvisibleCharacters(String typed, String stored) {
        assertThat(Names.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "\"{0}\" looks like \"{1}\"")
    @CsvSource({
            "Li Wei, Li W\u0435i",              // Cyrillic е
            "Li Wei, L\u0456 W\u0435\u0456",     // Cyrillic і
            "apple, \u0430pple",                // Cyrillic а
            "Hong Lei, H\u03bfng Lei",          // Greek ο
            "editor-li, ｅｄｉｔｏｒ－ｌｉ",
            "wang, w\u0430ng"})
    void takesLookAlikeLettersFromOtherScriptsForTheSameName(String one, String other) {
        assertThat(Names.lookAlike(one, other)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
    @CsvSource({"Li Wei, Li Wen", "王小明, 王小朋", "editor-li, editor-lu", "Chen, Cheng"})
    void tellsDifferentNamesApart(String one, String other) {
        assertThat(Names.lookAlike(one, other)).isFalse();
    }

    @Test
    void refusesANameWithNothingVisibleOrTooLongOnceNormalised() {
        assertThatThrownBy(() -> Names.require("actor", "\u200b\u200f\u00a0"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("nothing visible");
        // One character that NFKC turns into eighteen.
        assertThatThrownBy(() -> Names.require("actor", "\ufdfa".repeat(6)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("100");
    }
}
