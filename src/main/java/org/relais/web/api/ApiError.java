package org.relais.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body: a message for people, and the field at fault when there is one. */
public record ApiError(String error, String field) {
  public static Response response(Response.Status status, String message) {
    return response(status.getStatusCode(), message, null);
  }

  public static Response response(int status, String message, String field) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message, field))
        .build();
  }
}
