package com.decipheru.careers.preview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.site.NotFoundException;

/** {@code /_content}: the state of the content for editors, in preview only. */
@Controller
class ContentStatusController {

    private final SiteProperties properties;

    ContentStatusController(SiteProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/_content")
    String status(Model model) {
        if (!properties.preview()) {
            throw new NotFoundException("content status outside preview");
        }
        model.addAttribute("noindex", true);
        return "preview/content";
    }
}
