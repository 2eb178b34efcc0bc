package com.decipheru.careers.web;

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

@WebMvcTest
@Import(FixtureCatalogueConfiguration.class)
class RedirectFilterTests {

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
    void aTrailingSlashRedirectsToTheAddressWithout() throws Exception {
        mvc.perform(get("/ai/careers/")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/ai/careers"));
        mvc.perform(get("/ai/careers/mlops-engineer//?x=1")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/ai/careers/mlops-engineer?x=1"));
    }

    @Test
    void aPathInTheWrongCaseRedirectsToTheLowerCasePage() throws Exception {
        mvc.perform(get("/AI/Careers/MLOps-Engineer")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/ai/careers/mlops-engineer"));
        mvc.perform(get("/Careers/Pentester/")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cyber/careers/penetration-tester"));
    }

    @Test
    void anUnknownPathIsNotRedirected() throws Exception {
        mvc.perform(get("/Nope/")).andExpect(status().isNotFound());
        mvc.perform(get("/ai/careers/nope/")).andExpect(status().isNotFound());
    }

    @Test
    void canonicalPathsAreServedWithoutARedirect() throws Exception {
        for (String path : new String[] {"/", "/ai/careers", "/ai/careers/mlops-engineer", "/sitemap.xml"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().doesNotExist("Location"));
        }
    }

    @Test
    void onlyReadsAreRedirected() throws Exception {
        mvc.perform(post("/careers/pentester")).andExpect(status().is4xxClientError());
    }
}
