package com.decipheru.careers.vertical;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.site.NotFoundException;

@Controller
class HubController {

    private final LiveCatalogue catalogue;

    HubController(LiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/{verticalKey}/careers")
    String hub(@PathVariable String verticalKey, Model model) {
        Catalogue snapshot = catalogue.current();
        Vertical vertical = snapshot.vertical(verticalKey)
                .orElseThrow(() -> new NotFoundException("vertical " + verticalKey));
        model.addAttribute("vertical", vertical);
        model.addAttribute("roles", snapshot.rolesIn(vertical));
        return "vertical/hub";
    }
}
