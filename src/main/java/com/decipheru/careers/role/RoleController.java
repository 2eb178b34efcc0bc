package com.decipheru.careers.role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.site.NotFoundException;
import com.decipheru.careers.site.PageTitles;
import com.decipheru.careers.site.StructuredData;

@Controller
class RoleController {

    private final LiveCatalogue catalogue;
    private final StructuredData structuredData;
    private final PageTitles pageTitles;

    RoleController(LiveCatalogue catalogue, StructuredData structuredData, PageTitles pageTitles) {
        this.catalogue = catalogue;
        this.structuredData = structuredData;
        this.pageTitles = pageTitles;
    }

    @GetMapping("/{verticalKey}/careers/{slug}")
    String role(@PathVariable String verticalKey, @PathVariable String slug, Model model) {
        Catalogue snapshot = catalogue.current();
        Role role = snapshot.role(verticalKey, slug)
                .orElseThrow(() -> new NotFoundException("role " + verticalKey + "/" + slug));
        model.addAttribute("role", role);
        model.addAttribute("noindex", role.draft());
        model.addAttribute("pageTitle", pageTitles.role(role, snapshot));
        model.addAttribute("ogType", "article");
        model.addAttribute("jsonLd", structuredData.role(role));
        return "role/role";
    }
}
