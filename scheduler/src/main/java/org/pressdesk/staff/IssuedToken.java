package org.pressdesk.staff;

/** A token just issued: the only moment its secret exists outside the person's hands. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
