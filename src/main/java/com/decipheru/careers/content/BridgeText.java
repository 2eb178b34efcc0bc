package com.decipheru.careers.content;

import com.decipheru.careers.model.RoleLink;

/** The sentences that present a bridge, on the role's page and in its answers: one wording, one place. */
final class BridgeText {

    private BridgeText() {
    }

    /** The paragraph under "Bridge to ..." on the role's page. */
    static String paragraph(String roleTitle, RoleLink target, String shared) {
        return "The " + target.verticalPhrase() + " counterpart to " + roleTitle + " is " + target.title()
                + ". The two roles share methodology — " + shared + " — applied to different domain context."
                + " Practitioners transition between the two more often than recruiters expect.";
    }

    /** The answer to "How does X relate to <vertical> careers?". */
    static String answer(RoleLink target, String retention, String siteName) {
        return "The " + target.verticalPhrase() + " counterpart role is " + target.title()
                + ". The two roles share core practitioner discipline. Practitioners transitioning between"
                + " the verticals often retain " + retention + " of their methodology while"
                + " learning the domain-specific vocabulary and tooling. " + siteName
                + "'s cross-vertical bridges document this explicitly.";
    }
}
