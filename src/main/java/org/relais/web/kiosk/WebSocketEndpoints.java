package org.relais.web.kiosk;

import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.relais.platform.settings.Setting;

/** Which WebSocket endpoints are served: all of them, except the echo unless asked for. */
public class WebSocketEndpoints implements ServerApplicationConfig {
  @Override
  public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> endpoints) {
    return Set.of();
  }

  @Override
  public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
    boolean echo =
        "on"
            .equals(
                Setting.BENCHMARK_ECHO.validate(
                    ConfigProvider.getConfig()
                        .getOptionalValue(Setting.BENCHMARK_ECHO.propertyName(), String.class)
                        .orElse(Setting.BENCHMARK_ECHO.defaultValue())));
    return scanned.stream()
        .filter(endpoint -> echo || endpoint != EchoEndpoint.class)
        .collect(Collectors.toSet());
  }
}
