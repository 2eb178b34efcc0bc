package com.decipheru.careers.content;

import java.util.List;

import com.decipheru.careers.role.Question;

/** A role file that passed its own checks, waiting for the checks that need every file (bridges, slugs). */
record RoleDraft(String slug, String verticalKey, RoleFile file, String bodyHtml, List<Question> ownQuestions,
        List<MarkdownLink> links, FieldChecks fields, String path) {

    boolean isDraft() {
        return Boolean.TRUE.equals(file.draft());
    }

    List<String> aliases() {
        return file.aliases() == null ? List.of() : file.aliases();
    }
}
