package com.decipheru.careers.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;

/**
 * Every error is answered with a page of the site, whatever the client accepts: a 404 page for
 * what does not exist, a generic page otherwise. No exception text or stack trace is ever shown.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(Routes.ERROR)
    String error(HttpServletRequest request, HttpServletResponse response, Catalogue snapshot, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        model.addAttribute("status", status);
        String site = snapshot.site().name();
        Page page = status == HttpServletResponse.SC_NOT_FOUND
                ? Page.of("error/404", "Page not found | " + site, "This page does not exist.")
                : Page.of("error", "Something went wrong | " + site, "An error occurred.");
        return page.noindex(true).show(model);
    }
}
