package org.carepath.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five CarePath Spring Boot applications and the arguments that wire them to the local stack. */
enum App {
    INTAKE("intake", "intake-service", Port.INTAKE, "intake"),
    REFERRAL("referral", "referral-service", Port.REFERRAL, "referral"),
    CONTENT("content", "content-service", Port.CONTENT, "content"),
    PORTAL("portal", "portal", Port.PORTAL, null),
    GATEWAY("gateway", "gateway", Port.GATEWAY, null);

    private final String shortName;
    private final String module;
    private final Port port;
    private final String database;

    App(String shortName, String module, Port port, String database) {
        this.shortName = shortName;
        this.module = module;
        this.port = port;
        this.database = database;
    }

    /** Names the log file: {@code logs/intake.log}. */
    String shortName() {
        return shortName;
    }

    String module() {
        return module;
    }

    int port(StackPorts ports) {
        return ports.get(port);
    }

    Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** The gateway reads Keycloak's OIDC metadata when it starts; the others fetch Keycloak's keys lazily. */
    boolean needsKeycloakFirst() {
        return this == GATEWAY;
    }

    List<String> arguments(StackPorts ports) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port(ports),
                "--server.address=127.0.0.1",
                "--carepath.keycloak.issuer=" + ports.issuer(),
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka()));
        if (database != null) {
            args.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
            args.add("--spring.datasource.username=" + database);
            args.add("--spring.datasource.password=" + Databases.password(database));
        }
        if (this == GATEWAY || this == PORTAL) {
            args.add("--carepath.services.intake-url=http://127.0.0.1:" + ports.intake());
            args.add("--carepath.services.referral-url=http://127.0.0.1:" + ports.referral());
            args.add("--carepath.services.content-url=http://127.0.0.1:" + ports.content());
            args.add("--carepath.services.portal-url=http://127.0.0.1:" + ports.portal());
        }
        if (this == GATEWAY) {
            args.add("--carepath.gateway.public-url=" + ports.gatewayUrl());
        }
        return args;
    }
}
