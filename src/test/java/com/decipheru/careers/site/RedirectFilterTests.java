package com.decipheru.careers.site;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.FixtureCatalogueConfiguration;

@WebMvcTest(HomeController.class)
@Import(FixtureCatalogueConfiguration.class)
class AliasRedirectFilterTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAliasAnswersAPermanentRedirectToItsGuide() throws Exception {
        mvc.perform(get("/careers/pentester"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cyber/careers/penetration-tester"));
        mvc.perform(head("/careers/pentester"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cyber/careers/penetration-tester"));
    }

    @Test
    void keepsTheQueryString() throws Exception {
        mvc.perform(get("/careers/pentester?utm_source=x"))
                .andExpect(header().string("Location", "/cyber/careers/penetration-tester?utm_source=x"));
    }

    @Test
    void aDraftsAliasDoesNotRedirectOnThePublicSite() throws Exception {
        mvc.perform(get("/careers/ai-soc-engineer")).andExpect(status().isNotFound());
    }

    @Test
    void onlyReadsAreRedirected() throws Exception {
        mvc.perform(post("/careers/pentester")).andExpect(status().is4xxClientError());
    }
}
