package io.orderhub.sync.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A message that could not be stored is not acknowledged: 503 makes the sender retry it later. */
@RestControllerAdvice(assignableTypes = CallbackController.class)
public class InboxUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(InboxUnavailableHandler.class);

    @ExceptionHandler(DataAccessException.class)
    public ResponseEntity<String> storeUnavailable(DataAccessException e) {
        log.error("inbox store unavailable, message not acknowledged: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("inbox unavailable, retry later");
    }
}
