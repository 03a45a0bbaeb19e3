package org.relais.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.relais.knowledge.KnowledgeException;

/** Refused knowledge edits become 400, 404 or 409 naming the field at fault. */
@Provider
public class KnowledgeExceptionMapper implements ExceptionMapper<KnowledgeException> {
  @Override
  public Response toResponse(KnowledgeException refused) {
    return ApiError.response(refused.status(), refused.getMessage(), refused.field());
  }
}
