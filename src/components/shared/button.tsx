import type { ComponentPropsWithoutRef } from 'react';

interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant: 'primary' | 'secondary' | 'ghost' | 'destructive';
  size?: 'small' | undefined;
}

/** A `type="button"` styled by `sk-Button`: actions never submit a host's surrounding form. */
export function Button({ variant, size, className, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      className={className ? `sk-Button ${className}` : 'sk-Button'}
      data-variant={variant}
      data-size={size}
      {...props}
    />
  );
}
