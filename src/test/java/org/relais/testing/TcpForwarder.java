package org.relais.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Forwards a local port to another address: lets a test make a database appear later. */
public final class TcpForwarder implements AutoCloseable {
  private final ServerSocket server;

  public TcpForwarder(int listenPort, String targetHost, int targetPort) throws IOException {
    server = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket target = new Socket(targetHost, targetPort);
                  pump(client.getInputStream(), target.getOutputStream());
                  pump(target.getInputStream(), client.getOutputStream());
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "tcp-forwarder");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void pump(InputStream in, OutputStream out) {
    Thread pump =
        new Thread(
            () -> {
              try (in;
                  out) {
                in.transferTo(out);
              } catch (IOException connectionClosed) {
                // one side hung up
              }
            },
            "tcp-forwarder-pump");
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
