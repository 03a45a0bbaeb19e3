package org.relais.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.relais.platform.settings.Setting;

/**
 * The application's view of the {@link Setting} catalog through MicroProfile Config (system
 * properties, then environment variables, then the catalog default), validated on read.
 */
@ApplicationScoped
public class RelaisConfiguration {

  public String get(Setting setting) {
    Config config = ConfigProvider.getConfig();
    String raw =
        config
            .getOptionalValue(setting.propertyName(), String.class)
            .orElse(setting.defaultValue());
    return setting.validate(raw);
  }

  public int getInt(Setting setting) {
    return Integer.parseInt(get(setting));
  }

  /** Reads every setting once, so that a bad value fails the deployment with its name. */
  public void validateAll() {
    for (Setting setting : Setting.values()) {
      get(setting);
    }
    Logger.getLogger("org.relais").setLevel(Level.parse(get(Setting.LOG_LEVEL)));
  }
}
