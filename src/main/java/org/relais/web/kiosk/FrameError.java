package org.relais.web.kiosk;

/** A client frame the server refuses; becomes an {@code error} frame, the connection stays. */
final class FrameError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final Integer seq;
  private final String field;

  FrameError(String code, Integer seq, String field, String message) {
    super(message, null, false, false);
    this.code = code;
    this.seq = seq;
    this.field = field;
  }

  static FrameError of(String code, Integer seq, String message) {
    return new FrameError(code, seq, null, message);
  }

  String code() {
    return code;
  }

  Integer seq() {
    return seq;
  }

  String field() {
    return field;
  }
}
