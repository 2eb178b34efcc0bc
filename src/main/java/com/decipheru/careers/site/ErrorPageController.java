package com.decipheru.careers.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error is answered with a page of the site, whatever the client accepts: a 404 page for
 * what does not exist, a generic page otherwise. No exception text or stack trace is ever shown.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("noindex", true);
        return status == HttpServletResponse.SC_NOT_FOUND ? "error/404" : "error";
    }
}
