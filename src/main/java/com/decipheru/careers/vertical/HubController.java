package com.decipheru.careers.vertical;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.web.NotFoundException;

@Controller
class HubController {

    private final HubPages pages;

    HubController(HubPages pages) {
        this.pages = pages;
    }

    @GetMapping(Routes.HUB_PATTERN)
    String hub(@PathVariable String verticalKey, Catalogue snapshot, Model model) {
        Vertical vertical = snapshot.vertical(verticalKey)
                .orElseThrow(() -> new NotFoundException("vertical " + verticalKey));
        model.addAttribute("vertical", vertical);
        model.addAttribute("roles", snapshot.rolesIn(vertical));
        return pages.page(vertical, snapshot).show(model);
    }
}
