/**
 * The local policy store: every setting ../shared/docs/domain.md calls local or configurable (timescales,
 * thresholds, RAG rules, wording), typed and validated, with statutory defaults shipped, versioned with who changed
 * what and when, and an effective-from date. Other modules read values through {@link org.hearth.policy.Policies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local policy")
package org.hearth.policy;
