"""Running the service unattended: logs with addresses masked, Prometheus metrics, health checks."""
