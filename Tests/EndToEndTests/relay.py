#!/usr/bin/env python3
"""Relays a unix socket to another (the test engine's). Ends every connection when terminated."""
import os, signal, socket, sys, threading

listen_path, upstream_path = sys.argv[1], sys.argv[2]
if os.path.exists(listen_path):
    os.unlink(listen_path)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(listen_path)
server.listen(64)
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))

def pump(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

while True:
    client, _ = server.accept()
    upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        upstream.connect(upstream_path)
    except OSError:
        client.close()
        continue
    threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
