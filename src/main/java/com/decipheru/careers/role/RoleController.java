package com.decipheru.careers.role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.web.NotFoundException;

@Controller
class RoleController {

    private final RolePages pages;

    RoleController(RolePages pages) {
        this.pages = pages;
    }

    @GetMapping(Routes.ROLE_PATTERN)
    String role(@PathVariable String verticalKey, @PathVariable String slug, Catalogue snapshot, Model model) {
        Role role = snapshot.role(verticalKey, slug)
                .orElseThrow(() -> new NotFoundException("role " + verticalKey + "/" + slug));
        model.addAttribute("role", role);
        return pages.page(role, snapshot).show(model);
    }
}
