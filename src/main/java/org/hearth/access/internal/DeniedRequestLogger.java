package org.hearth.access.internal;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.access.AccessAction;
import org.hearth.access.AccessLog;
import org.hearth.access.ChildAccessDeniedException;
import org.hearth.access.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every refused request is logged. A refusal by role on a child's record (e.g. an administrator opening a child)
 * goes to the access log too; refusals by the record-level rule are already there.
 */
@Component
class DeniedRequestLogger {

    private static final Logger log = LoggerFactory.getLogger(DeniedRequestLogger.class);
    private static final Pattern CHILD_PATH = Pattern.compile("/children/([0-9a-fA-F-]{36})(?:/|$)");

    private final AccessLog accessLog;
    private final CurrentUsers currentUsers;

    DeniedRequestLogger(AccessLog accessLog, CurrentUsers currentUsers) {
        this.accessLog = accessLog;
        this.currentUsers = currentUsers;
    }

    void log(HttpServletRequest request, AccessDeniedException denied) {
        String who = currentUsers.find().map(u -> u.username()).orElse("anonymous");
        log.warn("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), who, denied.getMessage());
        if (denied instanceof ChildAccessDeniedException) {
            return;
        }
        Matcher child = CHILD_PATH.matcher(request.getRequestURI());
        if (child.find()) {
            UUID childId;
            try {
                childId = UUID.fromString(child.group(1));
            } catch (IllegalArgumentException notAnId) {
                return;
            }
            AccessAction action = "GET".equals(request.getMethod()) ? AccessAction.VIEW : AccessAction.CHANGE;
            currentUsers.find().ifPresentOrElse(
                    user -> accessLog.recordDenied(user, childId, action, request.getMethod() + " "
                            + request.getRequestURI()),
                    () -> accessLog.recordDenied(null, who, childId, action, request.getMethod() + " "
                            + request.getRequestURI()));
        }
    }
}
