package org.relais.web.kiosk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets a center's website show the kiosk page in the widget's iframe (widget.js, docs/kiosk.md).
 * Payara answers every page with {@code X-Frame-Options: SAMEORIGIN}, which browsers ignore when
 * the page sends a CSP {@code frame-ancestors} directive: this filter sends one for the kiosk page
 * only. Every other page (the staff's) keeps refusing to be framed by another site.
 */
@WebFilter(urlPatterns = "/*")
public class KioskEmbedding extends HttpFilter {
  static final String POLICY = "frame-ancestors *";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isKioskPage(path)) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    chain.doFilter(request, response);
  }

  static boolean isKioskPage(String path) {
    return path.isEmpty()
        || path.equals("/")
        || path.equals("/index.html")
        || path.equals("/kiosk")
        || path.startsWith("/kiosk/");
  }
}
