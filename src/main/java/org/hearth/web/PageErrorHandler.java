package org.hearth.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A missing record on a page is a 404 page, not an error trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(RecordNotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        return "error/404";
    }
}
