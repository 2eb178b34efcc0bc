package com.decipheru.careers.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.catalogue.LiveCatalogue;

@Controller
class HomeController {

    private final LiveCatalogue catalogue;
    private final StructuredData structuredData;
    private final PageTitles pageTitles;

    HomeController(LiveCatalogue catalogue, StructuredData structuredData, PageTitles pageTitles) {
        this.catalogue = catalogue;
        this.structuredData = structuredData;
        this.pageTitles = pageTitles;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("pageTitle", pageTitles.home(catalogue.current()));
        model.addAttribute("jsonLd", structuredData.home(catalogue.current()));
        return "home";
    }
}
