package org.imagingnetwork.core.patient;

/** The adult who acts for a child patient. */
public record Guardian(String name, String relationship, String phone) {}
