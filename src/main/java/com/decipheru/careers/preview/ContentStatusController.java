package com.decipheru.careers.preview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.NotFoundException;
import com.decipheru.careers.web.Page;

/** {@code /_content}: the state of the content for editors, in preview only. */
@Controller
class ContentStatusController {

    private final SiteProperties properties;

    ContentStatusController(SiteProperties properties) {
        this.properties = properties;
    }

    @GetMapping(Routes.CONTENT_STATUS)
    String status(Catalogue snapshot, Model model) {
        if (!properties.preview()) {
            throw new NotFoundException("content status outside preview");
        }
        return Page.of("preview/content", "Content status | " + snapshot.site().name(), "The state of the content in preview.")
                .noindex(true)
                .show(model);
    }
}
