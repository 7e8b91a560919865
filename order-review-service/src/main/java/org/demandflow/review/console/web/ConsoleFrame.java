package org.demandflow.review.console.web;

import org.demandflow.review.console.ConsolePage;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its frame: the signed-in person and what they may do. */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleFrame {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }
}
