package com.decipheru.careers.vertical;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.site.NotFoundException;
import com.decipheru.careers.site.PageTitles;
import com.decipheru.careers.site.StructuredData;

@Controller
class HubController {

    private final LiveCatalogue catalogue;
    private final StructuredData structuredData;
    private final PageTitles pageTitles;

    HubController(LiveCatalogue catalogue, StructuredData structuredData, PageTitles pageTitles) {
        this.catalogue = catalogue;
        this.structuredData = structuredData;
        this.pageTitles = pageTitles;
    }

    @GetMapping("/{verticalKey}/careers")
    String hub(@PathVariable String verticalKey, Model model) {
        Catalogue snapshot = catalogue.current();
        Vertical vertical = snapshot.vertical(verticalKey)
                .orElseThrow(() -> new NotFoundException("vertical " + verticalKey));
        model.addAttribute("vertical", vertical);
        model.addAttribute("roles", snapshot.rolesIn(vertical));
        model.addAttribute("pageTitle", pageTitles.hub(vertical, snapshot));
        model.addAttribute("jsonLd", structuredData.hub(vertical, snapshot.rolesIn(vertical)));
        return "vertical/hub";
    }
}
