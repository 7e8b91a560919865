package org.demandflow.review.console.web;

import org.demandflow.support.security.PublicByDesign;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after signing out: it shows nothing of any case, only the way back in. */
@Controller
class SignedOutPage {

    @GetMapping("/console/signed-out")
    @PublicByDesign("shown after signing out, to someone no longer signed in; it holds no data")
    String signedOut() {
        return "console/signed-out";
    }
}
