# The app's first three migrations squashed: a token table created by 0001 and dropped by 0003
# is gone from the history; databases that applied 0001-0003 take this one as applied.

from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [
        ('ros_portal', '0001_initial'),
        ('ros_portal', '0002_stored_file'),
        ('ros_portal', '0003_drop_token_table'),
    ]

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='StoredFile',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, unique=True)),
                ('content', models.BinaryField()),
                ('size', models.PositiveBigIntegerField(default=0)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
            ],
        ),
    ]
