package org.coophub.gateway.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Art. 97: the requested State consults the Court without delay about problems that may impede or
 * prevent execution. {@code legalBasis} names the limb, e.g. {@code art. 97(a)}.
 */
record Consultation(
        @NotBlank @Size(max = 4000) String grounds,
        @Size(max = 512) String legalBasis) {

    String legalBasisOrDefault() {
        return legalBasis == null || legalBasis.isBlank() ? "art. 97" : legalBasis;
    }
}
