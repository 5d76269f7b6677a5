package org.pressdesk.template;

/**
 * A template that does not parse, or that fails on a sample post; it is refused before it is saved or
 * previewed. The message reads {@code web/default/en, line 3, column 12: Could not parse as expression …}.
 */
public class InvalidTemplateException extends RuntimeException {

    private final TemplateKey key;
    private final int line;
    private final int column;
    private final String reason;

    public InvalidTemplateException(TemplateKey key, int line, int column, String reason) {
        super(key + (line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + reason);
        this.key = key;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The template that was refused. */
    public TemplateKey key() {
        return key;
    }

    /** The 1-based line of the problem; 0 when the engine could not tell. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem; 0 when the engine could not tell. */
    public int column() {
        return column;
    }

    /** What is wrong, in the engine's words without the template's text. */
    public String reason() {
        return reason;
    }
}
