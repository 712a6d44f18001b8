"""Online presence and accounts: social media, social-media credentials, passwords, captchas.

Legal catalogue §13. A professional profile (LinkedIn, GitHub, a portfolio) is not "personal social
media"; Facebook, Instagram, X/Twitter, TikTok and the like are. A request for a password or login
to such an account is the credentials category (and nothing else).
"""

from __future__ import annotations

from formaudit.classify.vocabulary.base import Phrase, Where, alt
from formaudit.models.categories import Category

SOCIAL = Category.SOCIAL_MEDIA
CREDENTIALS = Category.SOCIAL_MEDIA_CREDENTIALS
PASSWORD = Category.ACCOUNT_PASSWORD
CAPTCHA = Category.CAPTCHA

_PLATFORMS = r"facebook|instagram|twitter|tiktok|snapchat|myspace|bluesky|mastodon|youtube"
_SOCIAL_WORDS = (
    r"social media|social networks?|sozialen? (?:medien|netzwerke\w*)|reseaux sociaux|redes sociales"
    r"|sociale media"
)
_SECRETS = (
    r"passwords?|passwort\w*|kennwort\w*|log ?ins?|login details|credentials|access data|zugangsdaten"
    r"|identifiants|mot de passe|contrasenas?|usuario y contrasena|wachtwoord\w*|inloggegevens|access"
)

PHRASES: tuple[Phrase, ...] = (
    Phrase(SOCIAL, "platform", _PLATFORMS),
    Phrase(SOCIAL, "social_media", alt(
        r"social media",
        r"social networks?\w*",
        r"soziale\w* (?:medien|netzwerke\w*)",
        r"reseaux sociaux",
        r"redes sociales",
        r"sociale media",
    ), unless=alt(
        r"social media (?:marketing|manager|management|strategy|campaigns?|experience|skills|tools|content"
        r"|platforms? experience|advertising)",
        r"(?:experience|experienced|skills?) (?:\w+ ){0,2}social media",
        r"(?:how|where) did you (?:hear|find)",
        r"heard about",
    )),
    Phrase(CREDENTIALS, "social_login", alt(
        rf"(?:{_PLATFORMS}|linkedin|{_SOCIAL_WORDS}) (?:\w+ ){{0,8}}(?:{_SECRETS})",
        rf"(?:{_SECRETS}) (?:\w+ ){{0,8}}(?:{_PLATFORMS}|linkedin|{_SOCIAL_WORDS})",
        r"friend requests?",
        r"(?:add|accept) (?:us|our recruiter|the recruiter|me) as a friend",
        r"privacy settings",
    )),
    Phrase(PASSWORD, "password", alt(
        r"passwords?",
        r"passwort\w*",
        r"kennwort\w*",
        r"mot de passe",
        r"contrasenas?",
        r"clave de acceso",
        r"wachtwoord\w*",
        r"create (?:an |your )?account",
        r"account (?:creation|password)",
        r"user ?names?",
        r"benutzername",
        r"nom d utilisateur",
        r"nombre de usuario",
        r"gebruikersnaam",
        r"pin",
    ), unless=rf"{_PLATFORMS}|linkedin|github|skype|social\w*|sozial\w*|reseaux|redes|sociale"),
    Phrase(CAPTCHA, "captcha", alt(
        r"captcha\w*",
        r"recaptcha\w*",
        r"hcaptcha\w*",
        r"h captcha",
        r"g recaptcha",
        r"not a robot",
        r"verify (?:that )?you are (?:a )?human",
        r"are you (?:a )?(?:human|robot)",
        r"security code",
        r"characters (?:shown|in the image)",
        r"sicherheitscode",
        r"code de securite",
        r"codigo de seguridad",
        r"beveiligingscode",
        r"turnstile",
    )),
    Phrase(CAPTCHA, "ident", r"\w*captcha\w*|cf turnstile\w*", where=Where.IDENT),
)
