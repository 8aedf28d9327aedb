"""The physical baseline of the documents benchmark: the same bytes as files, served over loopback by Python's own
HTTP server (HTTP/1.1 keep-alive, one thread per connection), nothing computed per request.

    python3 static_server.py <folder> <port>
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm holds the body back until
    # the client's delayed ACK (40 ms on Linux), and the baseline would measure that instead of serving a file.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 -- the base class's name
        pass


if __name__ == "__main__":
    folder, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(Handler, directory=folder)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
