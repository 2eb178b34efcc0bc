package com.decipheru.careers.site;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.role.Role;
import com.decipheru.careers.vertical.Vertical;

/**
 * Titles written for searchers: what the page is for, then the site, in 60 characters or fewer when a
 * shorter form exists (search results cut longer titles).
 */
@Component
public class PageTitles {

    static final int TARGET_LENGTH = 60;

    public String home(Catalogue catalogue) {
        var site = catalogue.site();
        return fit(site.name() + ": " + site.tagline(), site.tagline() + " | " + site.name(), site.name() + ": career guides");
    }

    public String hub(Vertical vertical, Catalogue catalogue) {
        String site = catalogue.site().name();
        return fit(vertical.name() + " careers: role guides | " + site, vertical.name() + " careers | " + site);
    }

    public String role(Role role, Catalogue catalogue) {
        String site = catalogue.site().name();
        return fit(role.title() + ": salary, skills, AI outlook | " + site, role.title() + " career guide | " + site,
                role.title() + " | " + site);
    }

    /** The first candidate that fits, else the shortest. */
    static String fit(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c.length() <= TARGET_LENGTH).findFirst()
                .orElse(candidates[candidates.length - 1]);
    }
}
