"""Placeholder until this feature's handlers land."""

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import LinliContext

HANDLERS: list[BaseHandler[Update, LinliContext, None]] = []
