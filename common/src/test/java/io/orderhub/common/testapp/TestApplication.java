package io.orderhub.common.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal executor app for testing the shared wiring. */
@SpringBootApplication
public class TestApplication {
}
