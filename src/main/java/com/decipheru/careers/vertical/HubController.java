package com.decipheru.careers.vertical;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.web.NotFoundException;
import com.decipheru.careers.web.Pagination;

@Controller
class HubController {

    private final HubPages pages;

    HubController(HubPages pages) {
        this.pages = pages;
    }

    @GetMapping(Routes.HUB_PATTERN)
    String hub(@PathVariable String verticalKey, @RequestParam(name = Pagination.PARAMETER, required = false) String page,
            Catalogue snapshot, Model model) {
        Vertical vertical = snapshot.vertical(verticalKey)
                .orElseThrow(() -> new NotFoundException("vertical " + verticalKey));
        HubPages.Hub hub = pages.hub(vertical, page, snapshot)
                .orElseThrow(() -> new NotFoundException("page " + page + " of " + verticalKey));
        model.addAttribute("hub", hub);
        return hub.page().show(model);
    }
}
