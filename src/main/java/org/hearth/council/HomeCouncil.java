package org.hearth.council;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council this Hearth serves, e.g. Central Bedfordshire, E06000056.
 *
 * @param code ONS local authority code (E06..., E08..., E09..., E10...)
 * @param name the council's name as shown on every page
 */
@ConfigurationProperties("hearth.council")
public record HomeCouncil(String code, String name) {

    public HomeCouncil {
        if (code == null || !code.matches("E(06|08|09|10)\\d{6}")) {
            throw new IllegalArgumentException("hearth.council.code must be an English upper-tier local authority "
                    + "code such as E06000056, not '" + code + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("hearth.council.name must be set");
        }
    }
}
