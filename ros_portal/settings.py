"""Settings for RÖS-portalen: one module, configured by environment variables."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from ros_portal.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("ROS_VAR_DIR", str(BASE_DIR / "var")))
# SQLite, attachments and collected static files live here; a fresh clone has no var/ yet.
(VAR_DIR / "static").mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG", False)

DEV_SECRET_KEY = "django-insecure-development-key-do-not-use-in-production"
SECRET_KEY = env_str("DJANGO_SECRET_KEY", DEV_SECRET_KEY)
if not DEBUG and (SECRET_KEY == DEV_SECRET_KEY or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a long random value when DJANGO_DEBUG is off."
    )

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The public address of the portal, used in links sent by e-mail and in calendar feeds.
SITE_URL = env_str("ROS_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Shown in the header and footer of every page, on the accessibility statement and the privacy
# page; without it they give the region's switchboard.
ROS_CONTACT_EMAIL = env_str("ROS_CONTACT_EMAIL", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "import_export",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "meetings",
    "signatories",
    "budget",
    "reports",
    "ros_portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ros_portal.security.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ros_portal.language.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "ros_portal.security.RefuseNulBytesMiddleware",
    "ros_portal.security.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ros_portal.errors.MethodNotAllowedPageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so that a locked-out login answers with the lockout page (axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ros_portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "meetings.context_processors.roles",
                "ros_portal.context_processors.contact",
            ],
        },
    },
]

WSGI_APPLICATION = "ros_portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Only charts and generated PDFs are cached, each under a digest of what it shows: in each
# process's memory, or in Redis shared by every worker and host when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("DJANGO_CACHE_MAX_ENTRIES", 2000)},
        }
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Axes counts failed logins first; then Django's own user model backend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "meetings:home"
LOGOUT_REDIRECT_URL = "meetings:home"

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
# locale/en holds the English catalogue; locale/sv Swedish for the libraries' strings that the
# admin shows (django-import-export, django-simple-history), which ship no Swedish.
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates in the admin as everywhere else: "5 September 2025" (ros_portal/formats/en).
FORMAT_MODULE_PATH = ["ros_portal.formats"]
# Swedish unless the visitor chooses English (ros_portal/language.py); the choice is kept a year.
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# /favicon.ico and /apple-touch-icon.png, where browsers look for them.
WHITENOISE_ROOT = BASE_DIR / "static" / "icons"
WHITENOISE_USE_FINDERS = DEBUG
STORAGES = {
    # Attachments (and imports awaiting confirmation) live in the database, with no URL: in
    # every backup, shared by every web host, served only by views that check access.
    "default": {"BACKEND": "ros_portal.files.DatabaseStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Where attachments lived as files before they moved into the database (read once, by the
# migration meetings 0004 that copies them in).
MEDIA_ROOT = VAR_DIR / "private"
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 10_485_760

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# E-mail goes through Django's mail API; the console backend prints it in development.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "RÖS-portalen <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

IMPORT_EXPORT_SKIP_ADMIN_ACTION_EXPORT_UI = False
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
# Uploads wait for the confirmation in the database under a name the server made (imports.py).
IMPORT_EXPORT_TMP_STORAGE_CLASS = "ros_portal.imports.ImportUploadStorage"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# Sessions in the database (Django's), refusing a cookie with a NUL byte (ros_portal/sessions.py).
SESSION_ENGINE = "ros_portal.sessions"
# Sessions expire after two hours without a request: every request renews the cookie.
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 60 * 60 * 2)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# Brute-force protection (django-axes): five failures for one username from one address lock
# that pair for 15 minutes; a successful login resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "otp/lockout.html"
# Behind N trusted reverse proxies set ROS_TRUSTED_PROXY_COUNT=N so that X-Forwarded-For
# names the client; without, only the socket's address counts (a client cannot spoof it).
ROS_TRUSTED_PROXY_COUNT = env_int("ROS_TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "ros_portal.security.client_ip"
# Usernames cut to what axes stores: the login form takes any length.
AXES_USERNAME_CALLABLE = "ros_portal.security.client_username"

# Two-factor login (TOTP): required for staff and superusers, optional for members.
OTP_TOTP_ISSUER = "RÖS-portalen"
OTP_TOTP_THROTTLE_FACTOR = 1
# Nobody reads another person's authenticator key or QR code in the admin (the config and QR
# pages answer 403): a lost phone is handled by deleting the device, and its owner sets up a
# new one on the set-up page.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Content-Security-Policy: everything from our own origin, nothing inline, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"weasyprint.progress": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
