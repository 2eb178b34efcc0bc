package com.decipheru.careers.model;

/** The AI Disruption Outlook: a 0..100 score, its label from the site's scale, and the argument for it. */
public record Disruption(int score, String label, String outlook, String forecast) {
}
