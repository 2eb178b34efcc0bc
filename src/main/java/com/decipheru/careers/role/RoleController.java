package com.decipheru.careers.role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.site.NotFoundException;

@Controller
class RoleController {

    private final LiveCatalogue catalogue;

    RoleController(LiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/{verticalKey}/careers/{slug}")
    String role(@PathVariable String verticalKey, @PathVariable String slug, Model model) {
        Role role = catalogue.current().role(verticalKey, slug)
                .orElseThrow(() -> new NotFoundException("role " + verticalKey + "/" + slug));
        model.addAttribute("role", role);
        model.addAttribute("noindex", role.draft());
        return "role/role";
    }
}
