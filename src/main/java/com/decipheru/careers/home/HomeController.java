package com.decipheru.careers.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;

@Controller
class HomeController {

    private final HomePages pages;

    HomeController(HomePages pages) {
        this.pages = pages;
    }

    @GetMapping(Routes.HOME)
    String home(Catalogue snapshot, Model model) {
        model.addAttribute("sections", pages.sections(snapshot));
        return pages.page(snapshot).show(model);
    }
}
