package org.pressdesk.system;

import org.pressdesk.post.PostWorkflow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page outside the REST API, as the coming web UI will have: it uses the same workflow, so it
 * meets the same exceptions, but must answer with pages rather than problem+json.
 */
@Controller
class PageOutsideTheApi {

    static final String PATH = "/test-pages/posts/{id}";

    private final PostWorkflow workflow;

    PageOutsideTheApi(PostWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping(PATH)
    String post(@PathVariable long id) {
        workflow.get(id);
        return "post";
    }
}
